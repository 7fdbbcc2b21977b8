// Package dashboard is the therapist's screen on the clinic server: every patient in one table,
// the patients who need attention first (flags since their last check-up, days since their last
// session, this week against their weekly targets, their pain trend), the sessions in progress
// now, refreshed every few seconds while the screen shows, and the audit log. Enter opens a
// patient's history, p their progress, e their intake and prescription, i makes an invite code for them.
//
// Imports: kit, nav and the pure packages (progress, session). It reads kit.Env.Clinic, which is
// set on a therapist's connection only.
//
// Invariant: every name shown passes through kit.Clean, so a profile name cannot move the
// cursor, recolour or clear the therapist's screen.
package dashboard
