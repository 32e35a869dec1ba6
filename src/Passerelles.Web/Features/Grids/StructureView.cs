namespace Passerelles.Web.Features.Grids;

/// <summary>What the structure partial shows: a version's levels and dimensions, with the draft's editing actions or without.</summary>
public sealed record StructureView(GridVersion Version, bool Editing);

/// <summary>What the editing actions beside one element of a draft need.</summary>
public sealed record ElementActionsView(GridVersion Version, string Kind, Guid Id, string Name);
