package io.mrrlens.report;

import io.mrrlens.analysis.AnalysisSettings;
import io.mrrlens.analysis.ClientScore;
import io.mrrlens.analysis.LaborAnalysis;
import io.mrrlens.analysis.PaymentAnalysis;
import io.mrrlens.analysis.Period;
import io.mrrlens.analysis.SegmentAnalysis;
import io.mrrlens.projection.Projection;
import io.mrrlens.projection.ProjectionSettings;
import java.util.List;

/**
 * Everything the analysis found that the transition report tells: the three answers, the scorecard
 * (with its totals) and the projection, with the period and the settings they were made with.
 */
public record Findings(
    Period period,
    AnalysisSettings settings,
    LaborAnalysis.Result labor,
    PaymentAnalysis.Result payments,
    SegmentAnalysis.Result segments,
    List<ClientScore> scores,
    ClientScore scoreTotals,
    Projection.Result projection,
    ProjectionSettings projectionSettings) {}
