// Package figure draws a person doing an exercise: a line figure of head, trunk, arms and legs,
// with the props the exercise needs (counter, wall, chair, floor, step, band, strap, stick), seen
// from the side or the front. A Pose is joint angles, how the body is supported, and the props;
// every exercise has its poses as data (For), at least a start and an end, and a side for sided
// exercises. Interpolate (and Set.At, through the poses between) moves a figure between poses so
// it follows a rep's tempo; Step keeps it to MaxChangesPerSecond redraws.
//
// Render turns a pose into plain terminal text using Braille dot patterns (two by four dots a
// cell, lines by Bresenham's algorithm), recognisable from 12×6 cells up to a presenter's size;
// SVG draws the same pose from the same data for the HTML report and the catalog. Fits and
// Beside are the layout rule: the figure gives way to the text, never the reverse. Width sizes a
// figure by its frame's aspect (a lying figure is wide, a standing one narrow), and a pair of
// poses goes side by side or, for a wide figure, stacked (PairIn), whichever draws it larger. A
// staged test's poses are its stances in order, so Set.At shows stance k of n at (k-1)/(n-1).
//
// It is pure: it may import the standard library only (its tests also read the exercises
// catalog and pin renders with golden files). No terminal, no database, no clock.
//
// Invariants:
//   - A recommended exercise's poses keep the spine neutral: Spine and Twist stay within
//     NeutralFlexion, NeutralExtension and NeutralTwist in every pose (a test checks each id).
//     A hinge, an incline or lying down tilts the whole trunk instead; only exercises the catalog
//     flags (not recommended, therapist only) may be drawn outside the rule, as they are done.
//   - Drawing is a function of the pose and the size alone: the same input gives the same
//     text, so screens can redraw a cached figure and goldens pin every exercise.
//   - Pose data is shared: For hands out copies, and nothing changes a Set after start-up.
package figure
