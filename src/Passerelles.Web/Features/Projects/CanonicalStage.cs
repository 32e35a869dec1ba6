namespace Passerelles.Web.Features.Projects;

/// <summary>The stages every incubator's own stages map to for shared reporting, in the order a project goes
/// through them. Labelled in the interface as "CanonicalStage.{name}": the French differs by side (pré-incubation
/// in France, prédémarrage in Québec; création in France, démarrage in Québec).</summary>
public enum CanonicalStage
{
    Awareness,
    Ideation,
    PreIncubation,
    Incubation,
    Launch,
    Growth,
    Exit,
}
