using System.Net;
using System.Net.Sockets;

namespace Samenwerking.Web.Features.RateLimiting;

/// <summary>
/// The address that limits are counted per: the client's as the connection tells it (behind a proxy, as the forwarded
/// headers of a configured proxy tell it). An IPv6 client counts by its /64 network, which a household or an office gets
/// whole: otherwise one client could take a fresh address for every request.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "onbekend";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
