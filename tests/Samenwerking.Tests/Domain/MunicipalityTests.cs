using Samenwerking.Web.Domain;

namespace Samenwerking.Tests.Domain;

public sealed class MunicipalityTests
{
    [Theory]
    [InlineData("GM0344", "GM0344")]
    [InlineData("gm0344", "GM0344")]
    [InlineData(" 344 ", "GM0344")]
    [InlineData("GM14", "GM0014")]
    [InlineData("1900", "GM1900")]
    [InlineData("GM01234", null)]
    [InlineData("Utrecht", null)]
    [InlineData("PV26", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalises_what_people_type_for_a_CBS_code(string? input, string? expected) =>
        Assert.Equal(expected, Municipality.NormaliseCode(input));

    [Fact]
    public void A_municipality_exists_until_the_day_it_ends()
    {
        var merged = new Municipality { Code = "GM0501", Name = "Brielle", ProvinceCode = "PV28", ValidTo = new DateOnly(2023, 1, 1) };
        var exists = Municipality.ExistsOn(new DateOnly(2022, 12, 31)).Compile();
        var existsAfter = Municipality.ExistsOn(new DateOnly(2023, 1, 1)).Compile();

        Assert.True(exists(merged));
        Assert.False(existsAfter(merged));
    }
}
