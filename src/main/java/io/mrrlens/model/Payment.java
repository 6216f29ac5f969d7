package io.mrrlens.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment applied to one invoice. */
public record Payment(String invoiceId, LocalDate date, BigDecimal amount) {}
