import { tagSet } from 'types.bicep'

// The Service Bus namespace and topic JobForge publishes its events to, and optionally a subscription for consumers.
// Local (SAS) authentication is off: JobForge sends with the managed identity (Azure Service Bus Data Sender on the
// topic only); consumers get their own identities and Azure Service Bus Data Receiver outside this template.

@description('Namespace name (6-50 characters).')
@minLength(6)
@maxLength(50)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags tagSet

@description('Topic JobForge publishes events to (JobForge:Publishing:ServiceBus:TopicName).')
param topicName string

@description('A subscription on the topic for event consumers; empty for none.')
param consumerSubscriptionName string

@description('How long the topic detects duplicate message ids (JobForge republishes a lost completion with the same id).')
param duplicateDetectionWindow string = 'PT10M'

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2026-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: duplicateDetectionWindow
    defaultMessageTimeToLive: 'P14D'
    enableBatchedOperations: true
  }
}

resource consumers 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = if (!empty(consumerSubscriptionName)) {
  parent: topic
  name: empty(consumerSubscriptionName) ? 'unused' : consumerSubscriptionName
  properties: {
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: true
    lockDuration: 'PT1M'
  }
}

@description('Resource id of the topic (the scope of the identity\'s Azure Service Bus Data Sender role).')
output topicId string = topic.id

@description('Namespace name.')
output name string = namespace.name

@description('The namespace\'s host name, e.g. jobforge.servicebus.windows.net (no key, no connection string).')
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '/')[2], ':')[0]
