namespace Passerelles.Web.Features.Organisations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.SearchName).HasMaxLength(Organisation.NameMaxLength);
        builder.HasIndex(o => o.SearchName);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Side).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.CountryCode).HasMaxLength(2);
        builder.Property(o => o.Region).HasMaxLength(120);
        builder.Property(o => o.LegalForm).HasMaxLength(120);
        builder.Property(o => o.DefaultCulture).HasMaxLength(10);
        builder.Property(o => o.TimeZoneId).HasMaxLength(64);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Description).HasMaxLength(Organisation.DescriptionMaxLength);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.StreetAddress).HasMaxLength(300);
        builder.Property(o => o.Locality).HasMaxLength(120);
        builder.Property(o => o.PostalCode).HasMaxLength(20);
        builder.Property(o => o.ExternalId).HasMaxLength(100);
        builder.HasIndex(o => o.ExternalId).IsUnique();
        builder.HasIndex(o => new { o.Side, o.Kind });
        builder.HasIndex(o => o.Region);
        builder.HasMany(o => o.Themes).WithOne().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
