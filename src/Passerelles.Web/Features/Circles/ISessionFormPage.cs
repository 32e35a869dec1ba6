namespace Passerelles.Web.Features.Circles;

/// <summary>What the shared fields of the pages planning and changing one session need.</summary>
public interface ISessionFormPage
{
    SessionForm Input { get; }
    IReadOnlyList<string> Zones { get; }
}
