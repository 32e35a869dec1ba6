namespace Passerelles.Web.Features.Missions;

/// <summary>Someone met at a visit who is shown on one of its photos, as said when the photo was added. The photo is
/// served only while every person shown on it consents to photos: once one of them withdraws, or is erased from the
/// directory, it is withheld.</summary>
public class VisitPhotoPerson
{
    public Guid FileId { get; set; }
    public Guid PersonMetId { get; set; }
    public PersonMet PersonMet { get; set; } = null!;

    /// <summary>The photos that someone shown on them no longer consents to, or that showed someone since erased.</summary>
    public static IQueryable<Guid> Withheld(AppDbContext db) =>
        db.VisitFiles.Where(f => f.PeopleShown > db.VisitPhotoPeople.Count(p => p.FileId == f.Id)
                || db.VisitPhotoPeople.Any(p => p.FileId == f.Id && !p.PersonMet.ConsentsToPhotos))
            .Select(f => f.Id);
}

public sealed class VisitPhotoPersonConfiguration : IEntityTypeConfiguration<VisitPhotoPerson>
{
    public void Configure(EntityTypeBuilder<VisitPhotoPerson> builder)
    {
        builder.HasKey(p => new { p.FileId, p.PersonMetId });
        builder.HasOne<VisitFile>().WithMany().HasForeignKey(p => p.FileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.PersonMet).WithMany().HasForeignKey(p => p.PersonMetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.PersonMetId);
    }
}
