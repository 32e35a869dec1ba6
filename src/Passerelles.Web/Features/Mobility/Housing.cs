namespace Passerelles.Web.Features.Mobility;

/// <summary>What the housing pages, the occupancy API and the funder's indicators read from the requests for housing:
/// a residence's calendar, the nights of housing used, and the housing of a placement in one step (for demo data).</summary>
public static class Housing
{
    /// <summary>The statuses whose stay holds a unit.</summary>
    private static readonly HousingRequestStatus[] Held = [HousingRequestStatus.Offered, HousingRequestStatus.Accepted];

    private static readonly HousingRequestStatus[] Counted =
        [HousingRequestStatus.Requested, HousingRequestStatus.OtherDatesProposed, .. Held];

    /// <summary>The stays of a residence that touch the months from <paramref name="first"/> to <paramref name="last"/>,
    /// at their stage; <paramref name="exceptId"/> leaves one request out (the one being answered).</summary>
    public static async Task<List<Occupancy.Stay>> StaysAsync(AppDbContext db, Guid residenceId, YearMonth first, YearMonth last, Guid? exceptId = null)
    {
        var start = first.OnDayOfMonth(1);
        var end = last.PlusMonths(1).OnDayOfMonth(1);
        var rows = await db.HousingRequests.AsNoTracking()
            .Where(r => r.ResidenceId == residenceId && r.Id != exceptId && Counted.Contains(r.Status) && r.From < end && r.Until > start)
            .Select(r => new
            {
                r.UnitType, r.From, r.Until, r.Status,
                // From the request to its contract, then to its signatures: both steps follow an index.
                Signatures = db.OccupancyContracts.Where(c => c.HousingRequestId == r.Id).SelectMany(c => c.Signatures).Count(),
            })
            .ToListAsync();
        return rows.Select(r => new Occupancy.Stay(r.UnitType, r.From, r.Until,
            !Held.Contains(r.Status) ? Occupancy.Stage.Requested
            : r.Status == HousingRequestStatus.Accepted && r.Signatures == Enum.GetValues<ContractParty>().Length ? Occupancy.Stage.Occupied
            : Occupancy.Stage.Offered)).ToList();
    }

    public static async Task<IReadOnlyList<Occupancy.Month>> CalendarAsync(AppDbContext db, Guid residenceId, YearMonth first, YearMonth last)
    {
        var capacities = await db.ResidenceCapacities.AsNoTracking().Where(c => c.ResidenceId == residenceId).ToListAsync();
        return Occupancy.Calendar(capacities, await StaysAsync(db, residenceId, first, last), first, last);
    }

    /// <summary>The nights of housing used in a residence between two dates, both included: the nights of its accepted
    /// stays (occupied or about to be).</summary>
    public static Task<int> NightsAsync(AppDbContext db, Guid residenceId, LocalDate from, LocalDate to) =>
        NightsAsync(db.HousingRequests.Where(r => r.ResidenceId == residenceId), from, to);

    /// <summary>The nights of housing the placements used between two dates, both included, for the funder's report.</summary>
    public static Task<int> NightsAsync(AppDbContext db, IReadOnlyCollection<Guid> placementIds, LocalDate from, LocalDate to) =>
        NightsAsync(db.HousingRequests.Where(r => placementIds.Contains(r.PlacementId)), from, to);

    private static async Task<int> NightsAsync(IQueryable<HousingRequest> requests, LocalDate from, LocalDate to)
    {
        var stays = await requests.AsNoTracking()
            .Where(r => r.Status == HousingRequestStatus.Accepted && r.From <= to && r.Until > from)
            .Select(r => new { r.From, r.Until })
            .ToListAsync();
        return Occupancy.Nights(stays.Select(s => (s.From, s.Until)), from, to);
    }

    /// <summary>Houses a placement in a residence for its whole stay, as an accepted offer with its contract awaiting the
    /// signatures: for demo data and for whoever sets up a placement already agreed outside the platform.</summary>
    public static async Task<HousingRequest> HouseAsync(AppDbContext db, Placement placement, Residence residence, UnitType unitType, Guid byUserId, Instant now)
    {
        var request = new HousingRequest
        {
            PlacementId = placement.Id, ResidenceId = residence.Id, UnitType = unitType, From = placement.StartsOn, Until = placement.EndsOn,
            Status = HousingRequestStatus.Accepted, RequestedAt = now, RequestedById = byUserId, AnsweredAt = now, AnsweredById = byUserId,
        };
        var names = await db.Placements.Where(p => p.Id == placement.Id).Select(p => new { Student = p.Student!.DisplayName }).SingleAsync();
        var organisation = await db.Organisations.Where(o => o.Id == residence.OrganisationId).Select(o => o.Name).SingleAsync();
        db.HousingRequests.Add(request);
        db.OccupancyContracts.Add(OccupancyContract.For(request, residence, organisation, names.Student, now));
        await db.SaveChangesAsync();
        return request;
    }
}
