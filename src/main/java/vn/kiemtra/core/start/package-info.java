/**
 * Starting new inspections from a published checklist, with the header defaults from the settings:
 * above {@code inspection}, {@code checklist} and {@code settings}, which it joins.
 */
package vn.kiemtra.core.start;
