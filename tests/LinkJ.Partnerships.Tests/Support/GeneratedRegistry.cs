using LinkJ.Partnerships.Web.Commands;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>One app over the seed plus a generated registry of 400 organizations and 2,000 agreements.</summary>
public class GeneratedRegistry<TFactory> : IAsyncLifetime
    where TFactory : RegistryFactory, new()
{
    public TFactory Factory { get; } = new();

    public virtual async Task InitializeAsync()
    {
        _ = Factory.Services;
        await CommandLine.Parse(["generate", "--organizations", "400", "--agreements", "2000", "--seed", "9"])!.RunAsync(Factory.Services);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class GeneratedRegistry : GeneratedRegistry<RegistryFactory>;
