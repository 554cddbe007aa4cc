using Samenwerking.Web.Features.Finances;

namespace Samenwerking.Tests.Features.Finances;

public sealed class AmountsTests
{
    [Theory]
    [InlineData("1.234.567", 1_234_567)]
    [InlineData("1234,50", 1_234.50)]
    [InlineData("€ 1.234", 1_234)]
    [InlineData("€ -250.000", -250_000)]
    [InlineData("-€ 12,5", -12.5)]
    [InlineData(" 0 ", 0)]
    public void Reads_amounts_typed_the_Dutch_way(string text, double amount)
    {
        Assert.True(Amounts.TryParseDutch(text, out var parsed));
        Assert.Equal((decimal)amount, parsed);
    }

    [Theory]
    [InlineData("1234.50")]
    [InlineData("1.23")]
    [InlineData("12,34,5")]
    [InlineData("een ton")]
    [InlineData("100 euro")]
    [InlineData("")]
    public void Refuses_what_a_Dutch_reader_would_not_read_as_one_amount(string text) => Assert.False(Amounts.TryParseDutch(text, out _));

    [Theory]
    [InlineData(120_000, "€ 120.000")]
    [InlineData(45_000.5, "€ 45.000,50")]
    [InlineData(-250_000, "€ -250.000")]
    public void Writes_whole_euros_and_cents_only_where_there_are_any(double amount, string text) =>
        Assert.Equal(text, Amounts.Format((decimal)amount));

    [Fact]
    public void Rounds_to_cents_with_two_decimals_as_the_database_stores_them()
    {
        Assert.Equal("1234.57", Amounts.ToCents(1234.565m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("120000.00", Amounts.ToCents(120000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("leeg", Amounts.Format(null));
    }
}
