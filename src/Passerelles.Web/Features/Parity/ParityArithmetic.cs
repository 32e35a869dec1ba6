namespace Passerelles.Web.Features.Parity;

/// <summary>What may be published of one group's self-declared genders (DOMAIN.md §9), and where it stands against the
/// 40–60 % zone. The rule, applied in this order:
/// 1. a group of fewer than <see cref="SmallestGroup"/> people is not broken down at all (only "fewer than 5" is said);
/// 2. a group where everyone gave the same answer is not broken down either: its one full cell would tell each
///    member's answer to anyone who knows they belong to it (a board's members are public);
/// 3. a cell holding exactly one person is hidden, since that person is singled out;
/// 4. when exactly one cell is hidden, the smallest other cell (a zero first) is hidden with it, so that the hidden
///    one cannot be recomputed from the group's size and the cells shown.
/// Shares are of the whole group, undeclared answers included, so that hiding a cell never changes another's share.</summary>
public static class ParityArithmetic
{
    public const int SmallestGroup = 5;

    /// <summary>The zone paritaire: each of women and men between 40 % and 60 % of the group.</summary>
    public const decimal ZoneLow = 0.40m;
    public const decimal ZoneHigh = 0.60m;

    public enum Answer { Women, Men, NonBinary, Undeclared }

    public static readonly IReadOnlyList<Answer> Answers = [Answer.Women, Answer.Men, Answer.NonBinary, Answer.Undeclared];

    public enum Suppression { None, SmallGroup, SameAnswer }

    public enum Zone { Unknown, Below, Within, Above }

    /// <summary>One cell: its count and share, or null for both when hidden.</summary>
    public sealed record Cell(Answer Answer, int? Count, decimal? Share)
    {
        public bool Hidden => Count is null;
    }

    /// <summary>A group as it may be shown. <see cref="Size"/> is null when the group is smaller than
    /// <see cref="SmallestGroup"/>; <see cref="Cells"/> is empty when the group is suppressed.</summary>
    public sealed record Published(int? Size, Suppression Suppression, IReadOnlyList<Cell> Cells)
    {
        public Cell? Of(Answer answer) => Cells.FirstOrDefault(c => c.Answer == answer);

        /// <summary>Where women stand against the zone; unknown when their cell or the men's is not shown.</summary>
        public Zone WomenZone => ZoneOf(Of(Answer.Women)?.Share, Of(Answer.Men)?.Share);
        public Zone MenZone => ZoneOf(Of(Answer.Men)?.Share, Of(Answer.Women)?.Share);

        /// <summary>Both women and men are shown and each is within 40–60 %.</summary>
        public bool WithinZone => WomenZone == Zone.Within && MenZone == Zone.Within;
    }

    public static Published Publish(int women, int men, int nonBinary, int undeclared)
    {
        int[] counts = [women, men, nonBinary, undeclared];
        if (counts.Any(c => c < 0)) throw new ArgumentOutOfRangeException(nameof(women), "Counts cannot be negative.");
        var size = counts.Sum();
        if (size < SmallestGroup) return new Published(null, Suppression.SmallGroup, []);
        if (counts.Any(c => c == size)) return new Published(size, Suppression.SameAnswer, []);

        var hidden = new bool[counts.Length];
        for (var i = 0; i < counts.Length; i++) hidden[i] = counts[i] == 1;
        if (hidden.Count(h => h) == 1)
        {
            var complement = Enumerable.Range(0, counts.Length).Where(i => !hidden[i])
                .OrderBy(i => counts[i]).ThenBy(i => i).First();
            hidden[complement] = true;
        }
        var cells = Answers.Select((answer, i) => hidden[i]
            ? new Cell(answer, null, null)
            : new Cell(answer, counts[i], Math.Round((decimal)counts[i] / size, 4))).ToList();
        return new Published(size, Suppression.None, cells);
    }

    private static Zone ZoneOf(decimal? share, decimal? other) =>
        share is not { } s || other is null ? Zone.Unknown
        : s < ZoneLow ? Zone.Below
        : s > ZoneHigh ? Zone.Above
        : Zone.Within;
}
