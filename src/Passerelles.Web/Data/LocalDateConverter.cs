using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Passerelles.Web.Data;

/// <summary>Stores NodaTime calendar dates as DateOnly, a date column on both providers.</summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    date => date.ToDateOnly(),
    value => LocalDate.FromDateOnly(value));
