@echo off
rem mrrlens launcher for Windows: finds Java 17 or later through JAVA_HOME or PATH and runs
rem lib\mrrlens.jar. MRRLENS_JAVA_OPTS replaces the JVM settings, e.g. set MRRLENS_JAVA_OPTS=-Xmx4g
setlocal
set "HERE=%~dp0"
set "JAVA=java.exe"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 goto nojava
set "JMAJOR="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "JVERSION=%%~v"
for /f "delims=.-+" %%m in ("%JVERSION%") do set "JMAJOR=%%m"
if "%JMAJOR%"=="1" goto oldjava
if "%JMAJOR%"=="" goto oldjava
if %JMAJOR% LSS 17 goto oldjava
if not defined MRRLENS_JAVA_OPTS set "MRRLENS_JAVA_OPTS=-XX:+UseParallelGC -Xmn96m -XX:TieredStopAtLevel=1"
"%JAVA%" %MRRLENS_JAVA_OPTS% -jar "%HERE%..\lib\mrrlens.jar" %*
exit /b %ERRORLEVEL%
:nojava
if defined JAVA_HOME echo mrrlens: JAVA_HOME is %JAVA_HOME% but "%JAVA%" does not run 1>&2
if defined JAVA_HOME echo   fix: set JAVA_HOME to the folder of a Java 17 or later (the one holding bin\java.exe) 1>&2
if defined JAVA_HOME exit /b 1
echo mrrlens: Java was not found (JAVA_HOME is not set and no java.exe is on the PATH) 1>&2
echo   fix: install Java 17 or later (e.g. Eclipse Temurin) and set JAVA_HOME to it 1>&2
exit /b 1
:oldjava
echo mrrlens: "%JAVA%" is Java %JVERSION%; mrrlens needs Java 17 or later 1>&2
echo   fix: install Java 17 or later (e.g. Eclipse Temurin) and set JAVA_HOME to it 1>&2
exit /b 1
