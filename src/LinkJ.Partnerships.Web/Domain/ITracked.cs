namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// An entity whose timestamps and concurrency version the DbContext maintains on every save.
/// SQLite has no row version, so <see cref="Version"/> is an application-managed concurrency token.
/// </summary>
public interface ITracked
{
    DateTime CreatedAt { get; }

    DateTime UpdatedAt { get; }

    int Version { get; }
}
