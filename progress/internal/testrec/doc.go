// Package testrec builds session records for the tests of progress and progress/report: one
// set of fixtures, so the analytics and the report are tested on the same records. Only tests
// import it.
package testrec
