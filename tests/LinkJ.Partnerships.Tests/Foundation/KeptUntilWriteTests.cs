using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Infrastructure.Caching;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>
/// What the staff search's kept results, the list's order and the profiles rest on: a value is read once per registry
/// version, by one request even when many ask at once, and never served across a write.
/// </summary>
public sealed class KeptUntilWriteTests
{
    private readonly RegistryChanges _changes = new([]);

    [Fact]
    public async Task Requests_that_ask_while_a_value_is_loading_wait_for_that_load()
    {
        var kept = new KeptUntilWrite(_changes, capacity: 10);
        var loader = new GatedLoader();

        var first = kept.GetOrLoadAsync("order", loader.LoadAsync);
        var others = Enumerable.Range(0, 20).Select(_ => kept.GetOrLoadAsync("order", loader.LoadAsync)).ToList();
        loader.Open("the order");

        Assert.Equal("the order", await first);
        Assert.All(await Task.WhenAll(others), value => Assert.Equal("the order", value));
        Assert.Equal(1, loader.Loads);
        Assert.Equal("the order", await kept.GetOrLoadAsync("order", loader.LoadAsync));
        Assert.Equal(1, loader.Loads);
    }

    [Fact]
    public async Task A_request_after_a_write_does_not_wait_for_a_load_begun_before_it()
    {
        var kept = new KeptUntilWrite(_changes, capacity: 10);
        var before = new GatedLoader();
        var loadingBefore = kept.GetOrLoadAsync("order", before.LoadAsync);

        await _changes.CommittedAsync();
        var after = await kept.GetOrLoadAsync("order", () => Task.FromResult<string?>("after the write"));
        before.Open("before the write");

        Assert.Equal("after the write", after);
        Assert.Equal("before the write", await loadingBefore);
        Assert.Equal("after the write", await kept.GetOrLoadAsync("order", () => Task.FromResult<string?>("read again")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task When_the_shared_load_fails_or_its_visitor_leaves_each_waiting_request_loads_for_itself(bool cancelled)
    {
        var kept = new KeptUntilWrite(_changes, capacity: 10);
        var failing = new GatedLoader();
        var owner = kept.GetOrLoadAsync("order", failing.LoadAsync);
        var waiter = kept.GetOrLoadAsync("order", () => Task.FromResult<string?>("the waiter's own read"));

        failing.Fail(cancelled ? new OperationCanceledException() : new InvalidOperationException("connection lost"));

        await Assert.ThrowsAnyAsync<Exception>(() => owner);
        Assert.Equal("the waiter's own read", await waiter);
        // Nothing of the failed load is kept.
        Assert.Equal("a later read", await kept.GetOrLoadAsync("order", () => Task.FromResult<string?>("a later read")));
    }

    [Fact]
    public async Task Nothing_found_is_never_kept_and_beyond_the_capacity_every_request_loads()
    {
        var kept = new KeptUntilWrite(_changes, capacity: 1);
        var loads = 0;
        Task<string?> Nothing() { loads++; return Task.FromResult<string?>(null); }
        Task<string?> Something() { loads++; return Task.FromResult<string?>("found"); }

        Assert.Null(await kept.GetOrLoadAsync("missing", Nothing));
        Assert.Null(await kept.GetOrLoadAsync("missing", Nothing));
        Assert.Equal(2, loads);

        await kept.GetOrLoadAsync("first", Something);
        await kept.GetOrLoadAsync("first", Something);
        Assert.Equal(3, loads);
        await kept.GetOrLoadAsync("second", Something);
        await kept.GetOrLoadAsync("second", Something);
        Assert.Equal(5, loads);
    }

    /// <summary>A load that finishes when the test says so, counting how often it was started.</summary>
    private sealed class GatedLoader
    {
        private readonly TaskCompletionSource<string?> _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _loads;

        public int Loads => _loads;

        public Task<string?> LoadAsync()
        {
            Interlocked.Increment(ref _loads);
            return _gate.Task;
        }

        public void Open(string value) => _gate.SetResult(value);

        public void Fail(Exception exception) => _gate.SetException(exception);
    }
}
