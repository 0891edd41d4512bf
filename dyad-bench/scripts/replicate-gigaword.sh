#!/usr/bin/env bash
# Builds a large PETRARCH XML input for whole-process timing by repeating the <Sentence> records
# of PETRARCH's GigaWord sample (76 sentences). Every copy gets its own ids: copy N prefixes each
# id with "R%03d" (so "AFP0808020625_4" becomes "R001AFP0808020625_4": story ids stay distinct
# per copy and the sentence index after the last "_" is kept); an id repeated inside the sample
# (GOLD_9 appears twice) gets "b", "c", ... appended to its later occurrences.
#
# Usage: dyad-bench/scripts/replicate-gigaword.sh OUTPUT.xml [COPIES]
#   COPIES defaults to 400, giving 76 x 400 = 30,400 sentences.
#   The sample is read from ../shared/petrarch/text/GigaWord.sample.PETR.xml next to the
#   repository root (override with DYAD_SAMPLE=FILE). Do not commit the output.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 OUTPUT.xml [COPIES]" >&2
    exit 2
fi
out=$1
copies=${2:-400}
if ! [[ $copies =~ ^[1-9][0-9]*$ ]]; then
    echo "$0: COPIES must be a positive integer, not '$copies'" >&2
    exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
sample=${DYAD_SAMPLE:-$root/../shared/petrarch/text/GigaWord.sample.PETR.xml}
if [[ ! -f $sample ]]; then
    echo "$0: sample $sample not found (set DYAD_SAMPLE=FILE)" >&2
    exit 1
fi

perl -e '
    use strict; use warnings;
    my ($sample, $copies) = @ARGV;
    open(my $in, "<", $sample) or die "cannot read $sample: $!\n";
    local $/; my $xml = <$in>; close $in;
    $xml =~ s/<!--.*?-->//gs;                                   # comments may hold markup
    my @records = $xml =~ m{(<Sentence\b(?!s).*?</Sentence\s*>)}gs;
    die "no <Sentence> records in $sample\n" unless @records;
    print "<Sentences>\n";
    my $n = 0;
    for my $copy (1 .. $copies) {
        my %seen;
        for my $record (@records) {
            my $r = $record;
            $r =~ s{\bid\s*=\s*"([^"]*)"}{
                my $id = $1; my $k = $seen{$id}++;
                sprintf(q{id="R%03d%s%s"}, $copy, $id, $k ? chr(ord("a") + $k) : "")
            }e or die "record without id in $sample\n";
            print $r, "\n\n";
            $n++;
        }
    }
    print "</Sentences>\n";
    printf STDERR "%d sentences (%d records x %d copies) from %s\n", $n, scalar(@records), $copies, $sample;
' "$sample" "$copies" > "$out"
