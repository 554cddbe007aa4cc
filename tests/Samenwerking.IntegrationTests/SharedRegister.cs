using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class SharedRegister : ICollectionFixture<RegisterDatabase>
{
    public const string Name = "register";
}
