using CryoWeb.Controller.Iceball;
using CryoWeb.Controller.Frames;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.Controller;

/// <summary>The live iceball estimate (fed from the frames, computed on its own thread) and its saved records.</summary>
public static class IceballServiceCollectionExtensions
{
    public static IServiceCollection AddCryoWebIceball(this IServiceCollection services)
    {
        services.AddSingleton<IceballEstimator>();
        services.AddSingleton<IFrameSubscriber>(sp => sp.GetRequiredService<IceballEstimator>());
        services.AddHostedService(sp => sp.GetRequiredService<IceballEstimator>());
        services.AddSingleton<IceballRecords>();
        return services;
    }
}
