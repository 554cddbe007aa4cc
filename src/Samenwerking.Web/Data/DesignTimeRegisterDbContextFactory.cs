using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samenwerking.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app or a database.</summary>
internal sealed class DesignTimeRegisterDbContextFactory : IDesignTimeDbContextFactory<RegisterDbContext>
{
    public RegisterDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegisterDbContext>()
            .UseNpgsql("Host=localhost;Database=samenwerking")
            .UseSnakeCaseNamingConvention()
            .Options);
}
