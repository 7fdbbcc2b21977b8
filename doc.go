// Command upright is a terminal coach for physical-therapy sessions for osteoporosis back pain.
// Without a command it runs the app (the guided sessions and every screen); with one, it lists,
// checks, exports or reports on what is stored.
//
// # The command line contract
//
// Scripts and clinics rely on these; a change to them is a change of contract.
//
//   - One file per command (cmd_*.go), each declaring its own flags. A flag a command does not
//     take is a usage error naming the flag and the command ("upright check: unknown flag
//     --json (see upright check --help)"), never silently ignored. Flags may come before or
//     after the command's arguments; "--" after the command ends them (before it, as "go run . --
//     ARGS" passes it, "--" is ignored).
//   - Exit codes: 0 success, 1 error, 2 usage (a flag, argument or value upright cannot follow,
//     such as --since after --until), 130 interrupted. upright --help and upright COMMAND --help
//     print help and exit 0.
//   - Every error is one line on standard error that says what is wrong and what to do, with
//     each part said once (no "write X: write X: …"); routine file errors read FILE:LINE: … as a
//     compiler's do. No panic reaches the terminal.
//   - Only the app, `routine add`, `invite` and `serve` write the database. The commands that
//     only read it (audit, check, export, history, report, routines, routine export) open it
//     read-only: a missing file is an
//     error, nothing is created, and no byte or mode of the file changes.
//   - Standard output carries results only. When a command fails it says so on standard error;
//     `history --json` then prints nothing, so a script never reads a failure as "no sessions".
//   - --out writes a new path, or replaces a regular file whole (a temporary file renamed over
//     it, so a killed write leaves the old file or the new one); "-" is standard output. A
//     symbolic link, named pipe, device or folder at that path is refused and left as it was.
//   - Routine files are read only when they are regular files: a named pipe or a device is
//     refused at once rather than waited on.
//
// # Layout
//
// main.go holds the clock and main; cli.go turns errors into exit codes; parse.go finds the
// command and sets its flags; commands.go lists the commands and writes help; options.go holds
// the flags several commands share; db.go opens the database for reading or writing;
// outfile.go and routinefile.go are the files the commands write and read. The app's screens
// live in ui, and storage.go adapts the store to them.
//
// The clinic server is cmd_serve.go and serve_*.go: keys and the host key (serve_keys.go), who
// may run which command over SSH (serve_commands.go), each connection (serve_session.go), the
// slowdown of wrong invite codes and the connection limit (serve_limits.go), and the seam where
// the screens run over SSH (serve_screens.go).
package main
