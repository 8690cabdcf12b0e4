package vn.kiemtra.core.answer;

import java.time.LocalDate;

/** A cited document: number and symbol, date, issuing body. */
public record DocumentRef(String number, LocalDate date, String issuer) {}
