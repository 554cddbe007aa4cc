using System.Net;
using Samenwerking.Web.Features.RateLimiting;

namespace Samenwerking.Tests.Features.RateLimiting;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("192.0.2.10", "192.0.2.10")]
    [InlineData("::ffff:192.0.2.10", "192.0.2.10")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Counts_an_IPv4_client_by_its_address_and_an_IPv6_client_by_its_network(string address, string counted) =>
        Assert.Equal(counted, ClientAddress.Of(IPAddress.Parse(address)));

    [Fact]
    public void Counts_clients_without_an_address_together() => Assert.Equal("onbekend", ClientAddress.Of((IPAddress?)null));
}
