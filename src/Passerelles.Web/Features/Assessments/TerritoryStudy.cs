namespace Passerelles.Web.Features.Assessments;

/// <summary>A study of one territory (the feasibility of a territorial cooperation pole in Lanaudière, for instance):
/// commissioned by sponsor organisations, whose administrators run it, and answered by the assessors they invite, who
/// may come from outside the incubators and see this study only.</summary>
public sealed class TerritoryStudy : AuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The territory studied ("Lanaudière") and its region ("Québec"); one study per territory and region.</summary>
    public string TerritoryName { get; private set; } = "";
    public string TerritoryRegion { get; private set; } = "";

    public List<StudySponsor> Sponsors { get; set; } = [];
    public List<StudyAssessor> Assessors { get; set; } = [];

    public static TerritoryStudy Of(string territory, string region) =>
        new() { TerritoryName = territory.Trim(), TerritoryRegion = region.Trim() };

    /// <summary>The study of the territory, tracked, or a new one added to the context (saved with the caller's changes).</summary>
    public static async Task<TerritoryStudy> FindOrStartAsync(AppDbContext db, string territory, string region)
    {
        var name = territory.Trim();
        var inRegion = region.Trim();
        var study = db.TerritoryStudies.Local.FirstOrDefault(s => s.TerritoryName == name && s.TerritoryRegion == inRegion)
                    ?? await db.TerritoryStudies.Include(s => s.Sponsors).Include(s => s.Assessors)
                        .SingleOrDefaultAsync(s => s.TerritoryName == name && s.TerritoryRegion == inRegion);
        if (study is not null) return study;
        study = Of(name, inRegion);
        db.TerritoryStudies.Add(study);
        return study;
    }

    public void Sponsor(Guid organisationId)
    {
        if (Sponsors.All(s => s.OrganisationId != organisationId))
            Sponsors.Add(new StudySponsor { StudyId = Id, OrganisationId = organisationId });
    }

    /// <summary>Gives the person access to this study, once: it is how an invited assessor from outside comes in.</summary>
    public void AddAssessor(Guid userId, Instant at)
    {
        if (Assessors.All(a => a.UserId != userId))
            Assessors.Add(new StudyAssessor { StudyId = Id, UserId = userId, AddedAt = at });
    }
}

/// <summary>An organisation that commissions a territory study; its administrators, and those of its carriers, run it.</summary>
public sealed class StudySponsor
{
    public Guid StudyId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}

/// <summary>A person who assesses the territory of a study; they see that study and nothing else of the network.</summary>
public sealed class StudyAssessor
{
    public Guid StudyId { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public Instant AddedAt { get; set; }
}

public sealed class TerritoryStudyConfiguration :
    IEntityTypeConfiguration<TerritoryStudy>, IEntityTypeConfiguration<StudySponsor>, IEntityTypeConfiguration<StudyAssessor>
{
    public void Configure(EntityTypeBuilder<TerritoryStudy> builder)
    {
        builder.Property(s => s.TerritoryName).HasMaxLength(Assessment.TerritoryMaxLength);
        builder.Property(s => s.TerritoryRegion).HasMaxLength(Assessment.TerritoryMaxLength);
        builder.HasIndex(s => new { s.TerritoryName, s.TerritoryRegion }).IsUnique();
        builder.HasMany(s => s.Sponsors).WithOne().HasForeignKey(s => s.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Assessors).WithOne().HasForeignKey(a => a.StudyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StudySponsor> builder)
    {
        builder.HasKey(s => new { s.StudyId, s.OrganisationId });
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.OrganisationId);
    }

    public void Configure(EntityTypeBuilder<StudyAssessor> builder)
    {
        builder.HasKey(a => new { a.StudyId, a.UserId });
        builder.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.UserId);
    }
}
