/** A recipient's own work items name the notice and the unit: "<notice id>/<unit id>". */
export const recipientSubject = (noticeId: string, unitId: string) => ({ subjectType: 'noticeRecipient', subjectId: `${noticeId}/${unitId}` });
export const noticeHref = (noticeId: string) => `/notices/${noticeId}`;
export const noticeLinks = (noticeId: string) => [{ label: '查看通报', href: noticeHref(noticeId) }];
