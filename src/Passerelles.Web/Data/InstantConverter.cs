using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Passerelles.Web.Data;

/// <summary>Stores NodaTime instants as UTC date-times, which both providers index and order natively.</summary>
public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
