using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelles.Web.Features.Missions;

/// <summary>Someone met at a visit who is shown on one of its photos, as said when the photo was added. The photo is
/// served only while every person shown on it consents to photos: once one of them withdraws, it is withheld.</summary>
public class VisitPhotoPerson
{
    public Guid FileId { get; set; }
    public Guid PersonMetId { get; set; }
    public PersonMet PersonMet { get; set; } = null!;

    /// <summary>The photos of these files that someone shown on them no longer consents to.</summary>
    public static IQueryable<Guid> Withheld(AppDbContext db) =>
        db.VisitPhotoPeople.Where(p => !p.PersonMet.ConsentsToPhotos).Select(p => p.FileId);
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
