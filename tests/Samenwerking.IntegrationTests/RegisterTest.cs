using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests;

/// <summary>A test on the shared database, which starts from the freshly seeded register.</summary>
[Collection(SharedRegister.Name)]
public abstract class RegisterTest(RegisterDatabase database) : IAsyncLifetime
{
    protected RegisterDatabase Database { get; } = database;

    protected static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    public Task InitializeAsync() => Database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
