namespace Passerelles.Web.Data;

/// <summary>An editable record: audit stamps are set by <see cref="AuditInterceptor"/>, and
/// <see cref="Version"/> guards against saving over someone else's change.</summary>
public abstract class AuditedEntity
{
    public Instant CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public Instant UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public int Version { get; set; }
}
