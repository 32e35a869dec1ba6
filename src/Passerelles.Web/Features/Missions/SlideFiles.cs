
namespace Passerelles.Web.Features.Missions;

/// <summary>The slides of the presentations at events, kept like the circles' resources (the same checks of size and
/// type, random names outside the web root) in the data folder's presentation-slides/.</summary>
public sealed class SlideFiles(string folder)
{
    public ResourceFiles Store { get; } = new(folder);
}
