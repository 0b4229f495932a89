using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>All stored instants are UTC; SQLite keeps no kind, so it is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
