namespace Passerelles.Web.Features.Account;

public class AppUser : IdentityUser<Guid>
{
    private string _displayName = "";

    public string DisplayName
    {
        get => _displayName;
        set
        {
            _displayName = value;
            SearchName = Organisation.SearchKey(value);
        }
    }

    /// <summary>The name folded for search (lower case, without accents), so that the people pickers find "Élodie" by
    /// "elodie" in the database itself, on either provider.</summary>
    public string SearchName { get; private set; } = "";
    public bool IsNetworkAdministrator { get; set; }

    /// <summary>fr-CA, fr-FR or en; empty until the person chooses, then the request's language applies.</summary>
    public string PreferredCulture { get; set; } = "";

    /// <summary>An IANA id; empty until the person chooses, then their first organisation's zone applies.</summary>
    public string TimeZoneId { get; set; } = "";

    /// <summary>As the person declares it on their preferences, if they wish to: null when they do not answer. Nobody
    /// else sees it; it is only counted in aggregate, with small groups suppressed (a mission report's delegation).</summary>
    public Projects.SelfDeclaredGender? Gender { get; set; }

    public List<Membership> Memberships { get; set; } = [];
}

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(120);
        builder.Property(u => u.SearchName).HasMaxLength(120);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);
        builder.Property(u => u.TimeZoneId).HasMaxLength(64);
    }
}
