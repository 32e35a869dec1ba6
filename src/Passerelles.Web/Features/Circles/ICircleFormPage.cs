namespace Passerelles.Web.Features.Circles;

/// <summary>What the shared fields of the new and edit pages of a circle need.</summary>
public interface ICircleFormPage
{
    CircleForm Input { get; }
    Picker QuebecCoFacilitator { get; }
    Picker FranceCoFacilitator { get; }
}
