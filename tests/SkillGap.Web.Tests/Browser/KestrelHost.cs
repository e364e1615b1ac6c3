using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Browser;

/// <summary>The real host on a real socket (a browser cannot reach the in-memory TestServer), over its own SQLite file.</summary>
public sealed class KestrelHost : IDisposable
{
    private readonly SkillGapFactory _factory = new();

    public KestrelHost()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Where the server listens, such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }

    public void Dispose() => _factory.Dispose();
}
