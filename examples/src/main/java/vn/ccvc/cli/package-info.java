/**
 * The {@code ccvc} command-line tool. Entry point: {@link vn.ccvc.cli.Ccvc#main(String[])}, which
 * runs one subcommand, such as {@code ccvc validate}, and exits with its status.
 */
@NullMarked
package vn.ccvc.cli;

import org.jspecify.annotations.NullMarked;
