#!/usr/bin/env bash
# Lists the .cs and .razor lines longer than .editorconfig's max_line_length (120), which `dotnet format` does not
# enforce, with a count per project; exits 1 when there are any. EF migrations are generated code and left out.
# Usage: tools/line-length.sh [path ...]   (default: the whole repository; MAX_LINE_LENGTH overrides the limit)
set -euo pipefail
limit=${MAX_LINE_LENGTH:-120}
[ $# -gt 0 ] || set -- "$(git rev-parse --show-toplevel)"
for path in "$@"; do
    [ -e "$path" ] || { echo "line-length.sh: no such path: $path" >&2; exit 2; }
done

# Tracked files and new ones git does not ignore, so build output (bin/, obj/) is never read; paths from the top.
root=$(git rev-parse --show-toplevel)
git ls-files --cached --others --exclude-standard --full-name -- "$@" \
    | grep -E '\.(cs|razor)$' | grep -v '/Migrations/' | sort -u \
    | ROOT=$root perl -CSD -e '
        use strict; use warnings;
        my $limit = shift;
        my ($total, %per) = (0);
        while (my $file = <STDIN>) {
            chomp $file;
            next unless -f "$ENV{ROOT}/$file";
            my $project = $file =~ m{^(?:src|tests|benchmarks|tools)/([^/]+)/} ? $1 : "(other)";
            $per{$project} //= 0;
            open my $in, "<:encoding(UTF-8)", "$ENV{ROOT}/$file" or die "$file: $!\n";
            while (my $line = <$in>) {
                $line =~ s/\r?\n\z//;
                $line =~ s/^\x{FEFF}//;
                next if length $line <= $limit;
                printf "%s:%d: %d columns\n", $file, $., length $line;
                $per{$project}++;
                $total++;
            }
            close $in;
        }
        printf "%6d  %s\n", $per{$_}, $_ for sort keys %per;
        printf "%6d  lines over %d columns\n", $total, $limit;
        exit($total ? 1 : 0);
    ' "$limit"
