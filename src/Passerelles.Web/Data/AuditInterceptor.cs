using System.Security.Claims;

namespace Passerelles.Web.Data;

public sealed class AuditInterceptor(TimeProvider time, IHttpContextAccessor http) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var userId = CurrentUserId();
        foreach (var entry in context.ChangeTracker.Entries<AuditedEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.CreatedBy = userId;
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.UpdatedBy = userId;
                    entry.Entity.Version = 1;
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.UpdatedBy = userId;
                    entry.Entity.Version = entry.OriginalValues.GetValue<int>(nameof(AuditedEntity.Version)) + 1;
                    break;
            }
        }
    }

    private Guid? CurrentUserId() =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
