using Tsunagu.Storage;
using Tsunagu.Storage.Audit;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>Registers the electronic prescription service (電子処方箋管理サービス): its stores, the group writer and the handlers.</summary>
public static class PrescriptionServices
{
    public static IServiceCollection AddTsunaguPrescriptions(this IServiceCollection services)
    {
        services.AddSingleton<PrescriptionStore>();
        services.AddSingleton<MedicationHistoryStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton(provider => new GroupWriter(provider.GetRequiredService<Database>(), provider.GetRequiredService<AuditAppender>()));
        services.AddSingleton<PrescriptionDocuments>();
        services.AddSingleton<CardHistoryLookup>();
        services.AddSingleton<CheckedPatientResolver>();
        services.AddSingleton<DocumentPatients>();
        services.AddSingleton<MedicationCheckService>();
        services.AddSingleton<RxWrites>();
        services.AddSingleton<ReceiveThrottle>();
        services.AddSingleton<PrescriptionRegistrar>();
        services.AddSingleton<PrescriptionCheck>();
        services.AddSingleton<Cds.OrderSignService>();
        services.AddSingleton<PrescriptionLookup>();
        services.AddSingleton<PrescriptionCancellation>();
        services.AddSingleton<PrescriptionReception>();
        services.AddSingleton<DispensingRegistrar>();
        services.AddSingleton<MedicationHistoryService>();
        services.AddSingleton<PrescriptionExpiry>();
        services.AddHostedService(provider => provider.GetRequiredService<PrescriptionExpiry>());
        return services;
    }
}
