namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>The one check every sharing feature makes before personal information crosses the ocean: between two
/// organisations on different sides, a current transfer assessment covering the purpose must stand between their
/// controllers. An organisation's controllers are itself and the organisations that carry it, up the chain (CERESO
/// answers for L'Espace412 it carries, the PTCE Sud Aquitaine for Le Tube à ESS'ai), so an assessment between two
/// carriers covers everything they carry.</summary>
public static class TransferGate
{
    public const string NoAssessment = "No transfer assessment between {0} and {1} allows personal information to be shared: their privacy officers must record and approve one first (Privacy › Transfers).";
    public const string NotApproved = "The transfer assessment between {0} and {1} is not approved yet: personal information may be shared once a privacy officer approves it.";
    public const string ReviewPassed = "The transfer assessment between {0} and {1} was due for review on {2}: personal information may be shared again once a privacy officer reviews and approves it.";
    public const string PurposeNotCovered = "The transfer assessment between {0} and {1} does not cover {2}: a privacy officer must add this purpose to it first.";

    private sealed record Node(Guid Id, string Name, Side Side, Guid? ParentId);

    private sealed record Found(TransferPurposes Purposes, Instant? ApprovedAt, LocalDate ReviewOn);

    /// <summary>Why personal information may not go from <paramref name="from"/> to <paramref name="to"/> for
    /// <paramref name="purpose"/>, in the reader's language, or null when it may (same side, or a current assessment
    /// covers it).</summary>
    public static async Task<string?> CheckAsync(AppDbContext db, Guid from, Guid to, TransferPurposes purpose, Instant now, IStringLocalizer t,
        CancellationToken cancellationToken = default)
    {
        var chains = await ChainsAsync(db, [from, to], cancellationToken);
        if (!chains.TryGetValue(from, out var fromChain) || !chains.TryGetValue(to, out var toChain) || fromChain[0].Side == toChain[0].Side) return null;
        var (quebec, france) = fromChain[0].Side == Side.Quebec ? (fromChain, toChain) : (toChain, fromChain);
        var quebecIds = quebec.Select(n => n.Id).ToList();
        var franceIds = france.Select(n => n.Id).ToList();
        var found = await db.TransferAssessments.AsNoTracking()
            .Where(a => quebecIds.Contains(a.QuebecControllerId) && franceIds.Contains(a.FranceControllerId))
            .Select(a => new Found(a.Purposes, a.ApprovedAt, a.ReviewOn))
            .ToListAsync(cancellationToken);
        var today = TransferAssessment.Today(now);
        var (fromName, toName) = (fromChain[0].Name, toChain[0].Name);
        var covering = found.Where(a => a.Purposes.HasFlag(purpose)).ToList();
        if (covering.Any(a => a.ApprovedAt is not null && today <= a.ReviewOn)) return null;
        if (found.Count == 0) return t[NoAssessment, fromName, toName];
        if (covering.Count == 0) return t[PurposeNotCovered, fromName, toName, t[Name(purpose)]];
        if (covering.Where(a => a.ApprovedAt is not null).MaxBy(a => a.ReviewOn) is { } lapsed)
            return t[ReviewPassed, fromName, toName, lapsed.ReviewOn.ToDateOnly().ToString("d", CultureInfo.CurrentCulture)];
        return t[NotApproved, fromName, toName];
    }

    /// <summary>The purpose's name in the interface ("co-incubation").</summary>
    public static string Name(TransferPurposes purpose) => purpose switch
    {
        TransferPurposes.CoIncubation => "the co-incubation of projects",
        TransferPurposes.Circles => "the circles of practice",
        TransferPurposes.Missions => "the delegation missions",
        TransferPurposes.Mobility => "the mobility of students",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };

    public static readonly TransferPurposes[] All = [TransferPurposes.CoIncubation, TransferPurposes.Circles, TransferPurposes.Missions, TransferPurposes.Mobility];

    /// <summary>Each organisation with its carriers, nearest first, read one level at a time for all of them at once.</summary>
    private static async Task<Dictionary<Guid, List<Node>>> ChainsAsync(AppDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        var chains = new Dictionary<Guid, List<Node>>();
        var tips = ids.Distinct().ToDictionary(id => id, id => id);
        for (var depth = 0; depth <= Actor.MaxCarrierDepth && tips.Count > 0; depth++)
        {
            var wanted = tips.Values.Distinct().ToList();
            var nodes = await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id))
                .Select(o => new Node(o.Id, o.Name, o.Side, o.ParentId)).ToDictionaryAsync(o => o.Id, cancellationToken);
            var next = new Dictionary<Guid, Guid>();
            foreach (var (start, tip) in tips)
            {
                if (!nodes.TryGetValue(tip, out var node)) continue;
                var chain = chains.TryGetValue(start, out var known) ? known : chains[start] = [];
                if (chain.Any(n => n.Id == node.Id)) continue;
                chain.Add(node);
                if (node.ParentId is { } parent) next[start] = parent;
            }
            tips = next;
        }
        return chains;
    }
}
