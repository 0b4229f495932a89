namespace LinkJ.Partnerships.Tests.Support;

/// <summary>One app over the untouched seed, shared by the read-only tests of a class.</summary>
public sealed class SeededRegistry : IDisposable
{
    public SeededRegistry()
    {
        Factory = new RegistryFactory();
        Client = Factory.CreateClient();
    }

    public RegistryFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose() => Factory.Dispose();
}
