import { settingSet, vaultSecret } from 'modules/types.bicep'

// JobForge on Azure: the Functions app (Flex Consumption), optionally the self-hosted server (App Service), and what
// both need, with one managed identity instead of keys. Deploy:
//   az deployment group create -g <rg> -f infra/bicep/main.bicep -p infra/bicep/main.bicepparam
// Every setting JobForge reads is documented in docs/configuration.md; the test command checks that this template,
// that document and local.settings.sample.json agree.

metadata description = 'JobForge: Functions app on Flex Consumption, storage, Service Bus, Key Vault, monitoring and least-privilege roles for one managed identity.'

// ---------------------------------------------------------------- naming and placement

@description('Environment name (azd sets it): part of every resource name.')
@minLength(1)
@maxLength(20)
param environmentName string

@description('Azure region of every resource (a region that offers the Flex Consumption plan).')
param location string = resourceGroup().location

@description('Which JobForge host to deploy: the Functions app, the self-hosted server on App Service, or both side by side on the same storage.')
@allowed([
  'functions'
  'server'
  'both'
])
param hosting string = 'functions'

// ---------------------------------------------------------------- compute

@description('.NET version of the apps (JobForge targets net10.0).')
param dotnetVersion string = '10.0'

@description('Flex Consumption: the most instances the Functions app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Flex Consumption: instances kept warm for HTTP functions (0 scales to zero).')
@minValue(0)
@maxValue(20)
param alwaysReadyInstances int = 1

@description('Flex Consumption: memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Self-hosted server: App Service plan SKU.')
param serverSkuName string = 'P1v3'

@description('Self-hosted server: instances (at least two).')
@minValue(2)
@maxValue(30)
param serverInstanceCount int = 2

// ---------------------------------------------------------------- data

@description('Storage redundancy (ZRS or GZRS where the region offers zones).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Blob container of run artifacts (JobForge:Artifacts:ContainerName).')
param artifactsContainerName string = 'jobforge-artifacts'

@description('Days run artifacts are kept after their last change (storage lifecycle policy).')
@minValue(1)
@maxValue(3650)
param artifactRetentionDays int = 30

@description('Service Bus topic JobForge publishes events to.')
param eventsTopicName string = 'jobforge-events'

@description('Subscription on the events topic for consumers; empty for none.')
param consumerSubscriptionName string = 'consumers'

// ---------------------------------------------------------------- JobForge behaviour

@description('JobForge feature flags (each becomes its JOBFORGE_* setting, 1 or 0).')
param features {
  @description('JOBFORGE_EVENTS_ENABLED: event ingestion.')
  events: bool
  @description('JOBFORGE_TRIGGERS_ENABLED: trigger firing.')
  triggers: bool
  @description('JOBFORGE_AUTOPILOT_JOBS_ENABLED: autopilot jobs.')
  autopilotJobs: bool
  @description('JOBFORGE_ACTION_JOBS_ENABLED: action jobs (need a policy-token secret while tokens are required).')
  actionJobs: bool
  @description('JOBFORGE_AUDIT_LOGGING_ENABLED: audit trail.')
  auditLogging: bool
  @description('JOBFORGE_MANIFESTS_ENABLED: artifact manifests.')
  manifests: bool
  @description('JOBFORGE_RATE_LIMITING_ENABLED: per-tenant rate limits.')
  rateLimiting: bool
  @description('JOBFORGE_ADMISSION_CONTROL_ENABLED: refuse job requests and events with 503 overloaded while the server is over capacity (bounds: JobForge:Admission:*).')
  admissionControl: bool
  @description('JOBFORGE_REQUIRE_POLICY_TOKENS: action jobs need a policy token.')
  requirePolicyTokens: bool
  @description('REPLAY_PACK_ENABLED: replay bundles.')
  replayPack: bool
  @description('VERIFY_PACK_ENABLED: the verify pack (command steps; needs JobForge:Steps:Command settings).')
  verifyPack: bool
} = {
  events: true
  triggers: true
  autopilotJobs: true
  actionJobs: false
  auditLogging: true
  manifests: true
  rateLimiting: true
  admissionControl: false
  requirePolicyTokens: true
  replayPack: true
  verifyPack: false
}

@description('JOBFORGE_POLICY_TOKEN_EXPIRY_HOURS: default lifetime of minted policy tokens.')
@minValue(1)
@maxValue(24)
param policyTokenExpiryHours int = 1

@description('Hosts HTTP steps may call (JobForge:Steps:Http:AllowedHosts:{n}): exact names or *.example.com; empty refuses all.')
param httpStepAllowedHosts string[] = []

@description('Id of the field-encryption key (JobForge:Events:Encryption:ActiveKeyId); empty deploys without field encryption.')
@maxLength(32)
param fieldEncryptionKeyId string = ''

@description('Further non-secret settings (name in environment form, e.g. JobForge__Engine__MaxConcurrency). Secrets go in Key Vault and here only as @Microsoft.KeyVault(...) references.')
param additionalAppSettings settingSet = {}

@description('JOBFORGE_BUILD_COMMIT recorded in replay bundles; empty leaves it unset.')
param buildCommit string = ''

// ---------------------------------------------------------------- secrets (Key Vault only; never output)

@description('Write the secret values below into Key Vault on this deployment. Off: the secrets must already exist (set with az keyvault secret set) and are left as they are.')
param writeSecretValues bool = true

@description('JOBFORGE_POLICY_TOKEN_SECRET: HMAC secret(s) for policy tokens, comma-separated (first signs). Empty: none.')
@secure()
param policyTokenSecret string = ''

@description('JobForge:Auth:BootstrapKey: operator key (32-512 characters) to create the first tenant keys. Empty: none.')
@secure()
param bootstrapOperatorKey string = ''

@description('JobForge:Events:Encryption:Keys:{fieldEncryptionKeyId}: base64 of 32 random bytes (openssl rand -base64 32).')
@secure()
param fieldEncryptionKey string = ''

@description('JobForge:Steps:Http:SigningSecret: HMAC secret for X-JobForge-Signature on HTTP steps. Empty: HTTP steps fail not_configured.')
@secure()
param httpStepSigningSecret string = ''

// ---------------------------------------------------------------- monitoring

@description('Resource id of an existing action group the alert rules notify; empty for none.')
param actionGroupId string = ''

@description('Outbox lag in seconds that raises the outbox alert.')
@minValue(1)
param outboxLagThresholdSeconds int = 60

@description('Percentage of 5xx responses that raises the server-error alert.')
@minValue(1)
@maxValue(100)
param serverErrorPercentThreshold int = 5

@description('Days Log Analytics and Application Insights keep data.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

// ---------------------------------------------------------------- names

var token = uniqueString(subscription().id, resourceGroup().id, environmentName)
var tags = {
  'azd-env-name': environmentName
  application: 'jobforge'
}
var names = {
  identity: 'id-jobforge-${environmentName}'
  storage: 'stjf${token}'
  serviceBus: 'sb-jobforge-${token}'
  keyVault: 'kv-jf-${token}'
  workspace: 'log-jobforge-${environmentName}'
  appInsights: 'appi-jobforge-${environmentName}'
  functionPlan: 'plan-jobforge-func-${environmentName}'
  functionApp: 'func-jobforge-${token}'
  serverPlan: 'plan-jobforge-server-${environmentName}'
  serverApp: 'app-jobforge-${token}'
  deploymentContainer: 'app-package-${token}'
  alerts: 'jobforge-${environmentName}'
}
var deployFunctions = hosting != 'server'
var deployServer = hosting != 'functions'

// ---------------------------------------------------------------- secrets JobForge reads through Key Vault references

var encryptionSecrets vaultSecret[] = empty(fieldEncryptionKeyId)
  ? []
  : [
      {
        name: 'field-encryption-key-${fieldEncryptionKeyId}'
        setting: 'JobForge__Events__Encryption__Keys__${fieldEncryptionKeyId}'
      }
    ]
var secrets vaultSecret[] = concat(
  [
    {
      name: 'policy-token-secret'
      setting: 'JOBFORGE_POLICY_TOKEN_SECRET'
    }
    {
      name: 'bootstrap-operator-key'
      setting: 'JobForge__Auth__BootstrapKey'
    }
    {
      name: 'http-step-signing-secret'
      setting: 'JobForge__Steps__Http__SigningSecret'
    }
  ],
  encryptionSecrets
)
var secretValues = {
  'policy-token-secret': policyTokenSecret
  'bootstrap-operator-key': bootstrapOperatorKey
  'http-step-signing-secret': httpStepSigningSecret
  'field-encryption-key-${empty(fieldEncryptionKeyId) ? 'none' : fieldEncryptionKeyId}': fieldEncryptionKey
}

// ---------------------------------------------------------------- resources

module identity 'modules/identity.bicep' = {
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  params: {
    name: names.storage
    location: location
    tags: tags
    skuName: storageSkuName
    artifactsContainerName: artifactsContainerName
    deploymentContainerName: names.deploymentContainer
    artifactRetentionDays: artifactRetentionDays
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  params: {
    name: names.serviceBus
    location: location
    tags: tags
    topicName: eventsTopicName
    consumerSubscriptionName: consumerSubscriptionName
  }
}

module keyVault 'modules/keyvault.bicep' = {
  params: {
    name: names.keyVault
    location: location
    tags: tags
    secrets: secrets
    secretValues: secretValues
    writeSecretValues: writeSecretValues
  }
}

module monitoring 'modules/monitoring.bicep' = {
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    retentionDays: logRetentionDays
  }
}

module alerts 'modules/alerts.bicep' = {
  params: {
    namePrefix: names.alerts
    location: location
    tags: tags
    appInsightsId: monitoring.outputs.appInsightsId
    actionGroupId: actionGroupId
    outboxLagThresholdSeconds: outboxLagThresholdSeconds
    serverErrorPercentThreshold: serverErrorPercentThreshold
  }
}

module roles 'modules/roles.bicep' = {
  params: {
    identityName: names.identity
    principalId: identity.outputs.principalId
    storageAccountName: names.storage
    serviceBusNamespaceName: names.serviceBus
    topicName: eventsTopicName
    keyVaultName: names.keyVault
  }
  dependsOn: [
    storage
    serviceBus
    keyVault
  ]
}

// ---------------------------------------------------------------- app settings (identical on both hosts)

@description('A feature flag as JobForge reads it.')
func flag(on bool) string => on ? '1' : '0'

var identitySettings = {
  // Storage through the managed identity, in the Functions host's own keys (JobForge reads the same ones).
  AzureWebJobsStorage__accountName: names.storage
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  // Events to Service Bus through the same identity: a namespace, never a connection string.
  JobForge__Publishing__Mode: 'ServiceBus'
  JobForge__Publishing__ServiceBus__FullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
  JobForge__Publishing__ServiceBus__TopicName: eventsTopicName
  JobForge__Publishing__ServiceBus__Credential: 'managedidentity'
  JobForge__Publishing__ServiceBus__ClientId: identity.outputs.clientId
  // OpenTelemetry export to Azure Monitor.
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  AZURE_CLIENT_ID: identity.outputs.clientId
}
var jobForgeSettings = {
  JOBFORGE_EVENTS_ENABLED: flag(features.events)
  JOBFORGE_TRIGGERS_ENABLED: flag(features.triggers)
  JOBFORGE_AUTOPILOT_JOBS_ENABLED: flag(features.autopilotJobs)
  JOBFORGE_ACTION_JOBS_ENABLED: flag(features.actionJobs)
  JOBFORGE_AUDIT_LOGGING_ENABLED: flag(features.auditLogging)
  JOBFORGE_MANIFESTS_ENABLED: flag(features.manifests)
  JOBFORGE_RATE_LIMITING_ENABLED: flag(features.rateLimiting)
  JOBFORGE_ADMISSION_CONTROL_ENABLED: flag(features.admissionControl)
  JOBFORGE_REQUIRE_POLICY_TOKENS: flag(features.requirePolicyTokens)
  REPLAY_PACK_ENABLED: flag(features.replayPack)
  VERIFY_PACK_ENABLED: flag(features.verifyPack)
  JOBFORGE_POLICY_TOKEN_EXPIRY_HOURS: string(policyTokenExpiryHours)
  JobForge__Artifacts__ContainerName: artifactsContainerName
  JobForge__Steps__Http__AllowPrivateNetworks: 'false'
}
var encryptionSettings = empty(fieldEncryptionKeyId)
  ? {}
  : {
      JobForge__Events__Encryption__ActiveKeyId: fieldEncryptionKeyId
    }
var allowedHostSettings = toObject(
  range(0, length(httpStepAllowedHosts)),
  i => 'JobForge__Steps__Http__AllowedHosts__${i}',
  i => httpStepAllowedHosts[i]
)
var commitSettings = empty(buildCommit)
  ? {}
  : {
      JOBFORGE_BUILD_COMMIT: buildCommit
    }
// Versionless references: a secret changed in the vault reaches the apps on their next restart.
var secretReferences = toObject(
  secrets,
  secret => secret.setting,
  secret => '@Microsoft.KeyVault(VaultName=${names.keyVault};SecretName=${secret.name})'
)
var appSettings settingSet = union(
  additionalAppSettings,
  identitySettings,
  jobForgeSettings,
  encryptionSettings,
  allowedHostSettings,
  commitSettings,
  secretReferences
)

module functionApp 'modules/function-app.bicep' = if (deployFunctions) {
  params: {
    name: names.functionApp
    planName: names.functionPlan
    location: location
    tags: tags
    identityId: identity.outputs.id
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    dotnetVersion: dotnetVersion
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyInstances: alwaysReadyInstances
    instanceMemoryMB: instanceMemoryMB
    appSettings: appSettings
  }
  dependsOn: [
    roles
  ]
}

module serverApp 'modules/server-app.bicep' = if (deployServer) {
  params: {
    name: names.serverApp
    planName: names.serverPlan
    location: location
    tags: tags
    identityId: identity.outputs.id
    dotnetVersion: dotnetVersion
    skuName: serverSkuName
    instanceCount: serverInstanceCount
    appSettings: appSettings
  }
  dependsOn: [
    roles
  ]
}

// ---------------------------------------------------------------- outputs (names and URLs only; never a secret)

@description('Resource group (azd reads it).')
output AZURE_RESOURCE_GROUP string = resourceGroup().name

@description('Functions app name (for func azure functionapp publish); empty when not deployed.')
output AZURE_FUNCTION_APP_NAME string = deployFunctions ? names.functionApp : ''

@description('Functions app URL; empty when not deployed.')
output FUNCTION_APP_URL string = functionApp.?outputs.?url ?? ''

@description('Self-hosted server name (for az webapp deploy); empty when not deployed.')
output SERVER_APP_NAME string = deployServer ? names.serverApp : ''

@description('Self-hosted server URL; empty when not deployed.')
output SERVER_APP_URL string = serverApp.?outputs.?url ?? ''

@description('Key Vault holding JobForge\'s secrets (set them with az keyvault secret set).')
output KEY_VAULT_NAME string = names.keyVault

@description('Client id of JobForge\'s managed identity.')
output AZURE_CLIENT_ID string = identity.outputs.clientId
