namespace Passerelles.Web.Features.Mobility;

/// <summary>A residence as typed by its housing association: name, address, currency (EUR or CAD), monthly fee and
/// deposit to the cent.</summary>
public sealed class ResidenceForm
{
    public static readonly string[] Currencies = ["EUR", "CAD"];
    public const decimal MaxAmount = 100_000m;

    [Required]
    [StringLength(Residence.NameMaxLength)]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Required]
    [StringLength(Residence.AddressMaxLength)]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [Required]
    [StringLength(200)]
    [Display(Name = "City")]
    public string? City { get; set; }

    [Required]
    [Display(Name = "Currency")]
    public string? Currency { get; set; }

    [Required]
    [Display(Name = "Monthly fee")]
    public decimal? MonthlyFee { get; set; }

    [Required]
    [Display(Name = "Deposit")]
    public decimal? Deposit { get; set; }

    public int Version { get; set; }

    public static ResidenceForm From(Residence residence) => new()
    {
        Name = residence.Name, Address = residence.Address, City = residence.City, Currency = residence.Currency,
        MonthlyFee = residence.MonthlyFee, Deposit = residence.Deposit, Version = residence.Version,
    };

    public void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer t)
    {
        if (Currency is { } currency && !Currencies.Contains(currency)) state.AddModelError("Input.Currency", t["Choose CAD or EUR."]);
        foreach (var (amount, field) in new[] { (MonthlyFee, "Input.MonthlyFee"), (Deposit, "Input.Deposit") })
            if (amount is { } value && (value < 0 || value >= MaxAmount || decimal.Round(value, 2) != value))
                state.AddModelError(field, t["Give an amount to the cent, from 0 to 99,999.99."]);
    }

    public void ApplyTo(Residence residence)
    {
        residence.Name = Name!.Trim();
        residence.Address = Address!.Trim();
        residence.City = City!.Trim();
        residence.Currency = Currency!;
        residence.MonthlyFee = MonthlyFee!.Value;
        residence.Deposit = Deposit!.Value;
    }
}
