// The marker lives in the root namespace so that its strings sit in Resources/Text*.resx.
namespace Passerelles.Web;

/// <summary>Marker for the interface strings in Resources/Text*.resx. Keys are the English text. Text.resx is
/// English (the neutral language), Text.fr.resx the French shared by both sides, Text.fr-CA.resx and
/// Text.fr-FR.resx only what differs between Québec and France usage.</summary>
public sealed class Text;
