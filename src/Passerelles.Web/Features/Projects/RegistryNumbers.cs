namespace Passerelles.Web.Features.Projects;

/// <summary>The numbers under which a legal entity is registered: the SIREN in France (9 digits, the last a Luhn check
/// digit) and the NEQ in Québec (Numéro d'entreprise du Québec, 10 digits). Spaces are allowed as people write them.</summary>
public static class RegistryNumbers
{
    /// <summary>The number as it is stored: its digits only.</summary>
    public static string Normalise(string number) =>
        new(number.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static bool IsSiren(string number)
    {
        var digits = Normalise(number);
        return digits.Length == 9 && digits.All(char.IsAsciiDigit) && PassesLuhn(digits);
    }

    public static bool IsNeq(string number)
    {
        var digits = Normalise(number);
        return digits.Length == 10 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>Whether <paramref name="number"/> is a valid registry number on <paramref name="side"/>.</summary>
    public static bool IsValid(string number, Side side) => side == Side.France ? IsSiren(number) : IsNeq(number);

    /// <summary>The key of the message explaining what a valid number looks like on <paramref name="side"/>.</summary>
    public static string ExpectedFormat(Side side) => side == Side.France
        ? "A SIREN has 9 digits, the last being a check digit: check the number."
        : "A NEQ has 10 digits.";

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
