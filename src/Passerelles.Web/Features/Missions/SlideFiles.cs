using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Web.Features.Missions;

/// <summary>The slides of the presentations at events, kept like the circles' resources (the same checks of size and
/// type, random names outside the web root) in the file store's presentation-slides area.</summary>
public sealed class SlideFiles(IFileStore store)
{
    public ResourceFiles Store { get; } = new(store, "presentation-slides");
}
