namespace Passerelles.Web.Features.Projects;

/// <summary>A person's answer about their gender as a form sends it: empty to withdraw it, otherwise the name of one of
/// <see cref="SelfDeclaredGender"/> (never its number).</summary>
public static class SelfDeclaredGenders
{
    public static bool TryRead(string? sent, out SelfDeclaredGender? gender)
    {
        gender = null;
        if (string.IsNullOrEmpty(sent)) return true;
        if (!Enum.TryParse<SelfDeclaredGender>(sent, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(sent, out _)) return false;
        gender = parsed;
        return true;
    }
}
