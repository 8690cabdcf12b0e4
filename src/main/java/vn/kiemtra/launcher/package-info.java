/**
 * Start-up of the installed program without the window's classes: the hand-off of a second launch
 * to the window already running on the same database (ADR 0009).
 */
package vn.kiemtra.launcher;
